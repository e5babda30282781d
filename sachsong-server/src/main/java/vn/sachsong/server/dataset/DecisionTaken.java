package vn.sachsong.server.dataset;

/**
 * A person decided rows of a dataset ({@link DatasetService#decide}, {@link DatasetService#decideAll});
 * published in the decisions' transaction, so what follows from them (the scores) commits with them.
 *
 * @param decisions how many rows were decided
 * @param linkedDelta how the dataset's linked members moved: rows now linked less links undone
 */
public record DecisionTaken(Dataset dataset, int decisions, int linkedDelta) {
}
