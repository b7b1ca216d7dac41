#!/usr/bin/env bash
# Build (once) and start the local 2-node SolrCloud in the foreground: prints SOLR_URL=...
# Maven's local repository is solr/.m2repo (git-ignored; CI can cache it). Nodes listen on SOLR_PORT (default 8983) and SOLR_PORT+1; SOLR_PORT=0 takes free ports.
set -euo pipefail
cd "$(dirname "$0")"
REPO="${SOLR_M2_REPO:-$PWD/.m2repo}"
if [ ! -f target/classpath.txt ] || [ ! -d target/classes ] || [ pom.xml -nt target/classpath.txt ] \
    || [ src/main/java/archive/solr/LocalSolrCloud.java -nt target/classes ]; then
  mvn -q -B -Dmaven.repo.local="$REPO" compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
fi
WORK="${SOLR_WORK_DIR:-$(mktemp -d)}"
exec java -Xmx${SOLR_HEAP:-1g} -Djava.net.preferIPv4Stack=true -Dsolr.log.dir="$WORK/logs" \
  -Dlog4j2.configurationFile="$PWD/log4j2.xml" \
  -cp "target/classes:$(cat target/classpath.txt)" archive.solr.LocalSolrCloud \
  "$PWD/configset/conf" "$WORK" "${SOLR_COLLECTION:-archive}" "${SOLR_PORT:-8983}"
