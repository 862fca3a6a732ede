-- Sign-ins sent to Google and not answered yet. Each is bound to the browser session that started
-- it, accepted once, and only until expires_at (ten minutes). The state is stored as a hash; the
-- PKCE code verifier is useless without the authorization code, which never reaches the database.
CREATE TABLE sign_in_attempts (
    state_hash       VARCHAR(128) PRIMARY KEY,
    session_id_hash  VARCHAR(128) NOT NULL REFERENCES web_sessions (id_hash) ON DELETE CASCADE,
    code_verifier    VARCHAR(128) NOT NULL,
    expires_at       VARCHAR(40)  NOT NULL
);
CREATE INDEX sign_in_attempts_by_session ON sign_in_attempts (session_id_hash);
