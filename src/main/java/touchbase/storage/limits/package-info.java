/** The tables of the request limits: budget windows and leases ({@code request_budgets}, {@code request_leases}). */
package touchbase.storage.limits;
