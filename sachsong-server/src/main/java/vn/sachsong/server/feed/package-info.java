/**
 * The registry's change feed: events queued in the changing transaction for every agency that
 * holds the person, numbered per agency after commit, pulled ({@code GET /api/v1/changes}) or
 * pushed to a signed webhook (Standard Webhooks), acknowledged either way; and how live each
 * dataset is (its members whose changes have reached the agency).
 */
package vn.sachsong.server.feed;
