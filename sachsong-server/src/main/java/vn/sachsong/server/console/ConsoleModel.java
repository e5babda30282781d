package vn.sachsong.server.console;

import org.springframework.stereotype.Component;

/** What every console page's layout needs to know ({@code @consoleModel} in templates): who is signed in. */
@Component("consoleModel")
class ConsoleModel {
    public Viewer viewer() {
        return Viewer.current();
    }
}
