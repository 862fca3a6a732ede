package touchbase.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostsTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.255.254", "localhost", "Localhost", "::1", "[::1]",
        "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"})
    void loopbackAddressesAreRecognisedFromTheirText(String host) {
        assertThat(Hosts.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "[::]", "10.0.0.5", "127.0.0.256", "127.0.0", "1270.0.0.1",
        "localhost.example.com", "my-laptop", "::2", "not:an:address"})
    void everythingElseCountsAsPublic(String host) {
        assertThat(Hosts.isLoopback(host)).isFalse();
    }
}
