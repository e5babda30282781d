/**
 * The canonical person record and the parsing of raw cells: partial dates, day/month
 * ambiguity, Excel damage to IDs, ID kinds, sex spellings, provinces.
 */
package vn.sachsong.record;
