#!/usr/bin/env bash
# Runs DropCopyBenchmark (app test sources) against this checkout's modules.
# Usage: app/benchmark-fix.sh [N [RATE [book-only]]]   e.g. app/benchmark-fix.sh 50000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -DskipTests package -pl app -am
./mvnw -B -q -o -pl app dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
# this checkout's own module classes, never stale copies of them from ~/.m2
deps="$(tr ':' '\n' < app/target/benchmark.classpath | grep -v '/com/tickmark/' | paste -sd: -)"
exec java ${TICKMARK_JAVA_OPTS:-} \
  -cp "app/target/test-classes:app/target/classes:reports/target/classes:persistence/target/classes:model/target/classes:$deps" \
  com.tickmark.app.fix.DropCopyBenchmark "$@"
