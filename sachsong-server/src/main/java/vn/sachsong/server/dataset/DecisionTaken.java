package vn.sachsong.server.dataset;

/**
 * A person decided a row of a dataset ({@link DatasetService#decide}); published in the decision's
 * transaction, so what follows from it (the scores) commits with it.
 *
 * @param linkedDelta how the dataset's linked members moved: +1 a row now linked, -1 a link undone, 0 otherwise
 */
public record DecisionTaken(Dataset dataset, String rowKey, int linkedDelta) {
}
