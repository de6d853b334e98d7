package org.duban.it.bench;

import org.duban.it.support.*;

import jakarta.ejb.EJB;
import org.duban.item.DecisionImport;
import org.duban.tabular.TabularFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (profile {@code bench}, never a timed test): a meeting sheet of 1,000 decisions checked row by row
 * (units, leaders, days, the draft's rules), beside a plain parse of the same file by the same reader, in the same run.
 * Results go to target/bench/decision-import.md.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionImportBench extends InServerTest {

    private static final int ROWS = 1000;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 9;

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(Reports.class);
    }

    @EJB
    private DecisionImport decisions;

    @Test
    void aThousandDecisionsChecked() throws Exception {
        as(world.officeStaff);
        LocalDate due = LocalDate.now().plusDays(90);
        StringBuilder sheet = new StringBuilder("事项名称,类别,来源,纪要编号,主要任务,量化指标,牵头单位,协办单位,分管领导,完成时限,紧急程度,报送周期\r\n");
        for (int i = 1; i <= ROWS; i++) {
            sheet.append("基准议定事项").append(i).append(",会议议定事项,院长办公会,院办纪〔2026〕5号,按纪要落实第").append(i)
                    .append("项,完成率：100%；检查：").append(i).append("次,").append(world.leadUnit.getCode()).append(',')
                    .append(world.coUnit.getName()).append(',').append(world.leader.getUsername()).append(',')
                    .append(due.getYear()).append('/').append(due.getMonthValue()).append('/').append(due.getDayOfMonth())
                    .append(",重要,每月\r\n");
        }
        byte[] file = sheet.toString().getBytes(Charset.forName("GBK"));
        for (int i = 0; i < WARM_UP; i++) {
            decisions.check(file, null, null);
            TabularFile.read(file);
        }
        long[] checked = new long[ROUNDS];
        long[] parsed = new long[ROUNDS];
        boolean ready = true;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            ready &= decisions.check(file, null, null).ready();
            checked[i] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            TabularFile.read(file);
            parsed[i] = Math.max(1, (System.nanoTime() - t) / 1_000_000);
        }
        Arrays.sort(checked);
        Arrays.sort(parsed);
        String report = "# Decision import benchmark\n\n"
                + "Run " + Instant.now() + " on Payara Micro 6: a CSV sheet (GBK) of " + ROWS
                + " decisions, " + file.length + " bytes. After " + WARM_UP + " warm-up rounds, " + ROUNDS
                + " rounds of each in turns.\n\n"
                + "| measure | median ms | best ms |\n|---|---|---|\n"
                + "| every row checked (DecisionImport.check) | " + checked[ROUNDS / 2] + " | " + checked[0] + " |\n"
                + "| the same file parsed (TabularFile.read) | " + parsed[ROUNDS / 2] + " | " + parsed[0] + " |\n\n"
                + "Target: 1,000 rows checked in under 5,000 ms.\n";
        Reports.write("decision-import.md", report);
        System.out.println(report);
        assertTrue(ready, "the sheet the report speaks of is right");
    }
}
