// Readiness check: one cheap round trip that proves the server answers and the database is online.
// Parameters: none.
RETURN 1 AS ok
