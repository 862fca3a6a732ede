package touchbase.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void challengeIsTheS256OfTheVerifierFromRfc7636AppendixB() {
        assertThat(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void generatedVerifiersAreFreshAndUseOnlyUnreservedCharacters() {
        Pkce first = Pkce.generate();
        Pkce second = Pkce.generate();

        assertThat(first.verifier()).matches("[A-Za-z0-9._~-]{43,128}");
        assertThat(first.verifier()).isNotEqualTo(second.verifier());
        assertThat(first.challenge()).isEqualTo(Pkce.challengeOf(first.verifier()));
    }
}
