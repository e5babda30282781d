/**
 * An agency's datasets, kept by the hub: what each is and which fields it must have, its cleaning
 * runs, its members (per row key, the person the last run linked it to) and the decisions people
 * took on its review rows, which hold across runs while a row is unchanged.
 */
package vn.sachsong.server.dataset;
