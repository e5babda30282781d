package vn.sachsong.synth;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run wrote: the files in writing order, registry rows, data rows per dataset
 * in writing order (title and header lines not counted), deceased people in the registry.
 */
public record GeneratorResult(List<Path> files, long registryRows, Map<String, Integer> datasetRows,
                              long deceased) {
    public GeneratorResult {
        files = List.copyOf(files);
        datasetRows = Collections.unmodifiableMap(new LinkedHashMap<>(datasetRows));
    }
}
