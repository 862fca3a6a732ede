package touchbase.domain;

/**
 * Whether Touchbase can act on an account's Google Calendar. An account becomes
 * {@link #DISCONNECTED} when its owner disconnects it or when Google refuses its refresh token
 * ({@code invalid_grant}); signing in again connects it.
 */
public enum ConnectionStatus {
    CONNECTED,
    DISCONNECTED
}
