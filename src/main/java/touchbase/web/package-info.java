/**
 * The HTTP adapter: the route table, handlers that each call one use case, the JSON API, the jte pages and
 * the mapping of failures to answers. Never imports {@code storage} or {@code google}.
 */
package touchbase.web;
