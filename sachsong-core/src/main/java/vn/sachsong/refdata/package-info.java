/**
 * Reference data: provinces and communes before and after 1 July 2025 with the old-to-new
 * mapping, personal-ID rules, sex codes.
 */
package vn.sachsong.refdata;
