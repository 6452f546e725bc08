#!/usr/bin/env bash
# Times the report renderers with the heap capped at 512 MB (see ReportBenchmark).
# Usage: reports/benchmark.sh [pdf] [excel]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl model,reports test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
java -Xmx512m -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "reports/target/test-classes:reports/target/classes:$(cat reports/target/benchmark.classpath)" \
  com.tickmark.reports.ReportBenchmark "$@"
