package touchbase.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Whole numbers in request bodies: in range, or a 400 naming the field, never an overflow. */
class JsonBody_NumbersTest {

    @Test
    void readsAWholeNumberInRange() {
        assertThat(JsonBody.parse("{\"priority\": 7}").integer("priority", -100, 100)).contains(7);
    }

    @Test
    void refusesANumberPast64BitsNamingTheField() {
        assertThatThrownBy(() -> JsonBody.parse("{\"priority\": 18446744073709551621}").integer("priority", -100, 100))
                .isInstanceOf(BadRequest.class).hasMessageContaining("from -100 to 100")
                .extracting(e -> ((BadRequest) e).field()).isEqualTo("priority");
    }

    @Test
    void refusesANumberThatWrapsAroundInto32Bits() {
        assertThatThrownBy(() -> JsonBody.parse("{\"priority\": 4294967297}").integer("priority", -100, 100))
                .isInstanceOf(BadRequest.class).extracting(e -> ((BadRequest) e).field()).isEqualTo("priority");
    }
}
