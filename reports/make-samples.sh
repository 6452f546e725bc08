#!/usr/bin/env bash
# Renders the sample report and turns it into the two pictures in docs/:
#   docs/report-sample-pdf.png    first page of the PDF rendering
#   docs/report-sample-excel.png  the P&L sheet of the workbook as LibreOffice prints it
# Needs LibreOffice (soffice), poppler-utils (pdftoppm) and, for Calibri metrics, fonts-crosextra-carlito.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -pl model,reports test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "reports/target/test-classes:reports/target/classes:$(cat reports/target/benchmark.classpath)" \
  com.tickmark.reports.SampleRenderings "$work"
mkdir -p docs
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/report-sample.pdf" docs/report-sample-pdf
HOME="$work" soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work/excel" "$work/report-sample.xlsx" > /dev/null
pdftoppm -png -r 80 -f 2 -l 2 -singlefile "$work/excel/report-sample.pdf" docs/report-sample-excel
ls -l docs/report-sample-pdf.png docs/report-sample-excel.png
