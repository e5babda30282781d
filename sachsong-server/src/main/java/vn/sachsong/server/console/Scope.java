package vn.sachsong.server.console;

import org.springframework.http.HttpStatus;
import vn.sachsong.server.dataset.Dataset;
import vn.sachsong.server.dataset.DatasetException;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.dataset.DatasetService;

/**
 * What an id in a URL names, if the signed-in user may see it: another agency's id is refused
 * before it is even looked up (so a refusal says nothing of whether it exists).
 */
final class Scope {
    private Scope() {
    }

    static DatasetName name(String text) {
        try {
            return DatasetName.parse(text);
        } catch (DatasetException e) {
            throw new ConsoleException(HttpStatus.BAD_REQUEST, "error.dataset-name", text);
        }
    }

    /** The dataset, when the viewer may read its agency's data. */
    static Dataset readable(DatasetService datasets, String text) {
        var name = name(text);
        agency(name.agency());
        try {
            return datasets.find(name);
        } catch (DatasetException e) {
            throw ConsoleException.notFound(name.toString());
        }
    }

    /** The dataset, when the viewer may change its agency's data. */
    static Dataset changeable(DatasetService datasets, String text) {
        var dataset = readable(datasets, text);
        if (!Viewer.current().role().mayChange(dataset.name().agency())) {
            throw ConsoleException.forbidden();
        }
        return dataset;
    }

    /** Refuses an agency the viewer may not read. */
    static void agency(String code) {
        if (!Viewer.current().role().mayRead(code)) {
            throw ConsoleException.forbidden();
        }
    }
}
