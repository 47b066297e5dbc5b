# OCOP Registry — the two commands: `make run` and `make test`.
.PHONY: run test soak openapi lint-openapi bench dataset build format clean backup restore

## Start PostgreSQL, Keycloak (realm ocop) and the backend with the Trà Vinh demo data; Ctrl-C stops them.
run:
	@scripts/run.sh

## Run every test against real PostgreSQL and Keycloak (started and stopped here).
test:
	@scripts/test.sh

## The long reliability runs (make test runs their short versions): see docs/reliability.md.
soak:
	@scripts/soak.sh

## Regenerate openapi.yaml from the code (needs PostgreSQL and Keycloak, like the tests).
openapi:
	@scripts/openapi.sh

## Latency of the list/search endpoints at national scale (prints figures).
bench:
	@scripts/bench.sh

## The national dataset (34 provinces and the old map, 8,000 producers, 17,000 products, 150,000 score sheets…) in
## database ocop_national (OCOP_DATASET_DB); SEED=n and SCALE=f override; see docs/performance.md.
dataset:
	@scripts/dataset.sh $(if $(SEED),--seed $(SEED)) $(if $(SCALE),--scale $(SCALE))

## Back up the database (DB=ocop) to backups/DB-<UTC time>.dump (OCOP_BACKUP_DIR elsewhere); see README, Operations.
backup:
	@scripts/backup.sh backup $(DB)

## Restore FILE=backups/….dump into a new database (DB=name, default DB_restored_<time>); never over an existing one.
restore:
	@scripts/backup.sh restore "$(FILE)" $(DB)

lint-openapi:
	@scripts/lint-openapi.sh

## Format the Java code and sort its imports (make test fails when they are not).
format:
	cd backend && mvn -B -ntp -q process-test-sources

build:
	cd backend && mvn -B -ntp -DskipTests package

clean:
	cd backend && mvn -B -ntp -q clean
