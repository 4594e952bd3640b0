package org.lodestar.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The bench jar's entry point: {@code mkp ...} runs the knapsack dataset runner, {@code selection-scale ...} the
 * time-phased portfolio at scale, {@code rcpsp ...} the PSPLIB leveling runner,
 * {@code level-scale ...} leveling a generated portfolio, {@code http-latency ...} GET requests against a running
 * server, {@code harness ...} the multi-node fault harness; anything else goes to JMH.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = args.length == 0 ? List.of() : List.of(Arrays.copyOfRange(args, 1, args.length));
        if (args.length > 0 && args[0].equals("mkp")) {
            System.exit(MkpRunner.run(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("selection-scale")) {
            System.exit(SelectionScaleRunner.run(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("level-scale")) {
            System.exit(LevelScaleRunner.run(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("rcpsp")) {
            System.exit(RcpspRunner.run(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("heatmap-scale")) {
            System.exit(HeatmapScaleRunner.run(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("http-latency")) {
            System.exit(HttpLatencyRunner.run(rest, System.out));
        }
        if (args.length > 0 && args[0].equals("harness")) {
            System.exit(Harness.run(rest, System.out));
        }
        org.openjdk.jmh.Main.main(args);
    }
}
