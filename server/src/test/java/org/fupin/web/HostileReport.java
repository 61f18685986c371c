package org.fupin.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-report seeds folder whose text carries script, image and SVG injection attempts. */
final class HostileReport {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SVG = "\"><svg onload=alert(1)>";

    private HostileReport() {}

    /** Writes the report into {@code dir}/seeds and returns that folder. */
    static Path write(Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(
                seeds.resolve("000_hostile.txt"),
                """
                Poverty Alleviation and Development in Hebei Province

                      【Overview】 In 2012, Hebei Province continued poverty alleviation in villages.

                      【Mutual funds %s】 In 2012, mutual funds %s reached 300 villages %s and the repayment rate rose.

                      【Relocation】 In 2012, Hebei Province relocated 20,000 people from poor mountain villages.
                """.replaceFirst("%s", SCRIPT).replaceFirst("%s", IMG).replaceFirst("%s", SVG),
                StandardCharsets.UTF_8);
        return seeds;
    }
}
