/**
 * The REST API (Jakarta REST, JSON) for the college's portal and for scripts, at {@code /api}: the caller's to-dos,
 * items (list, detail with history, the actions of the seven steps), statistics, and the caller themselves. It calls
 * the same services as the screens, so the same roles, rulebook and access rules decide; a refusal is answered as
 * {@code application/problem+json} ({@link org.duban.web.errors.Problem}): 400 bad input, 403 role or relation, 404
 * no such item, 409 the item's situation or a concurrent change. A program signs in with a personal access token
 * (read or read-write), a browser by its session (reading only); the OpenAPI 3.1 description is at
 * {@code /api/openapi.json} (open).
 */
package org.duban.web.api;
