package vn.sachsong.synth;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the registry interchange CSV; addresses use the 2025 units since the registry is current. */
final class RegistryWriter {
    static final String HEADER = "pid,old_id,full_name,birth_date,sex,birth_province_code,address,status,died_on";

    private RegistryWriter() {
    }

    static void write(List<Person> people, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        var line = new CsvLine(',');
        for (Person p : people) {
            line.cell(IdAllocator.pidText(p.pid()))
                    .cell(IdAllocator.oldIdText(p.oldId()))
                    .cell(p.fullName())
                    .cell(p.birth().toString())
                    .cell(p.sex().name())
                    .cell("0" + p.birthProvince().oldCode())
                    .cell(p.home().newAddress())
                    .cell(p.deceased() ? "deceased" : "alive")
                    .cell(p.deceased() ? p.diedOn().toString() : "");
            out.write(line.end());
        }
    }
}
