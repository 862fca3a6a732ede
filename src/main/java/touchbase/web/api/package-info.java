/**
 * The JSON API under {@code /api/}: handlers that read a body, call one use case and answer a record, with
 * the answer records themselves. Routes live in {@link touchbase.web.RouteTable}.
 */
package touchbase.web.api;
