/**
 * Limits on what a client can make expensive: budgets per client address, one expensive request in
 * flight per account, kept in the database so every instance counts against the same limit.
 */
package touchbase.account.limits;
