/**
 * The pages people use: dashboard, colleagues, plan, series, preferences and feed, each a handler that
 * calls use cases and renders one jte template from one *Page record; every action a plain form.
 */
package touchbase.web.pages;
