#!/usr/bin/env bash
# Reproduces the scheduling figures of docs/benchmarks.md: Lodestar's scheduler beside the floor at 10k, 100k
# and 1M tasks and MPXJ's MicrosoftScheduler at 10k and 100k, in one JMH run, then the heap held by a plan and its
# schedule at 1M tasks. Run from the repository root; results go to lodestar-bench/target.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./mvnw -B -o -q package -pl lodestar-bench -am -DskipTests
jar=lodestar-bench/target/lodestar-bench.jar
out=lodestar-bench/target

java -jar "$jar" Schedule -f 1 -wi 2 -i 3 -rf json -rff "$out/schedule.json" | tee "$out/schedule.txt"
java -Xmx8g -XX:+UseSerialGC -cp "$jar" org.lodestar.bench.ScheduleFootprint 1000000 | tee "$out/schedule-footprint.txt"
