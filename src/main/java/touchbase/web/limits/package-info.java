/** The request limits on the routes: sign-in starts per client address, one expensive request in flight per account. */
package touchbase.web.limits;
