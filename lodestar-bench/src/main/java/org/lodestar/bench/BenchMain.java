package org.lodestar.bench;

import java.util.Arrays;
import java.util.List;

/** The bench jar's entry point: {@code mkp ...} runs the knapsack dataset runner, anything else goes to JMH. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("mkp")) {
            System.exit(MkpRunner.run(List.of(Arrays.copyOfRange(args, 1, args.length)), System.out));
        }
        org.openjdk.jmh.Main.main(args);
    }
}
