# OCOP Registry — the two commands: `make run` and `make test`.
.PHONY: run test soak openapi lint-openapi bench build format clean

## Start PostgreSQL, Keycloak (realm ocop) and the backend with the Trà Vinh demo data; Ctrl-C stops them.
run:
	@scripts/run.sh

## Run every test against real PostgreSQL and Keycloak (started and stopped here).
test:
	@scripts/test.sh

## The long runs behind make test's short ones: generated hostile input with a seed of the day (docs/reliability.md).
soak:
	@scripts/soak.sh

## Regenerate openapi.yaml from the code (needs PostgreSQL and Keycloak, like the tests).
openapi:
	@scripts/openapi.sh

## Latency of the list/search endpoints at national scale (prints figures).
bench:
	@scripts/bench.sh

lint-openapi:
	@scripts/lint-openapi.sh

## Format the Java code and sort its imports (make test fails when they are not).
format:
	cd backend && mvn -B -ntp -q process-test-sources

build:
	cd backend && mvn -B -ntp -DskipTests package

clean:
	cd backend && mvn -B -ntp -q clean
