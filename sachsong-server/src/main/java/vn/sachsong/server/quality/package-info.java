/**
 * The programme's four words as scores per dataset (đúng {@code correct}, đủ {@code complete},
 * sạch {@code clean}, sống {@code live}), with their parts and a history, and rolled up per agency,
 * per level and nationally. Formulas: docs/QUALITY.md.
 */
package vn.sachsong.server.quality;
