# Merge a country-year table with the panels as a researcher would, in R,
# through docs/r/load.R: tests/fixtures/merge/country_years.csv holds rows
# keyed on the COW number, the Gleditsch-Ward number and ISO alpha-3, over
# years before the opening for signature, inside the panel and after it.
# Every row must merge, or be reported with the reason the fixture expects.
# Also loads every view and universe through the loader.
#
# Usage: Rscript tests/r/check_merge.R HANOI_BINARY SCRATCH_DIR ROOT

args <- commandArgs(trailingOnly = TRUE)
hanoi <- args[1]
scratch <- args[2]
root <- args[3]
source(file.path(root, "docs", "r", "load.R"))

export <- function(name, ...) {
  folder <- file.path(scratch, name)
  dir.create(folder, recursive = TRUE, showWarnings = FALSE)
  view <- list(...)[[2]]
  out <- file.path(folder, paste0(view, ".csv"))
  status <- system2(hanoi, c("--out", out, "export", ..., "--datapackage"),
                    stdout = FALSE, stderr = FALSE)
  if (status != 0) stop(sprintf("hanoi export %s failed", paste(..., collapse = " ")))
  file.path(folder, "datapackage.json")
}

failures <- character()

# Every view and universe loads, typed: integers, dates, text.
for (view in c("events", "wide", "years")) {
  pkg <- export(view, "--view", view)
  df <- hanoi_read(pkg, view)
  cat(sprintf("%s: %d rows\n", view, nrow(df)))
  if (view == "wide" && !inherits(df$signature_first, "Date")) failures <- c(failures, "wide: signature_first is not a Date")
  if (view == "wide" && df$iso2[df$code == "NAM"] != "NA") failures <- c(failures, "wide: Namibia's iso2 is not NA")
}
panels <- list()
for (u in c("participants", "un-members", "cow", "gw")) {
  pkg <- export(paste0("panel-", u), "--view", "panel", "--universe", u, "--from-year", "2023")
  df <- hanoi_read(pkg, "panel")
  if (!is.integer(df$status_code) || !inherits(df$observed_on, "Date")) {
    failures <- c(failures, sprintf("panel %s: status_code or observed_on not typed", u))
  }
  if (!all(df$status[df$year < 2025 & df$status != "outside"] == "not_yet_open")) {
    failures <- c(failures, sprintf("panel %s: a row before the opening is not not_yet_open", u))
  }
  cat(sprintf("panel over %s: %d rows, years %d-%d\n", u, nrow(df), min(df$year), max(df$year)))
  panels[[u]] <- df
}

table <- utils::read.csv(file.path(root, "tests", "fixtures", "merge", "country_years.csv"),
                         colClasses = c(key = "character", year = "integer"), na.strings = "")
keys <- list(cow = c("cow", "cow_n"), gw = c("gw", "gw_n"), iso3 = c("participants", "iso3"))
for (i in seq_len(nrow(table))) {
  row <- table[i, ]
  k <- keys[[row$system]]
  df <- panels[[k[1]]]
  column <- as.character(df[[k[2]]])
  hit <- which(column == row$key & df$year == row$year)
  got <- if (length(hit) == 1) {
    "merge"
  } else if (row$year < min(df$year)) {
    "before_first_year"
  } else if (row$year > max(df$year)) {
    "after_last_year"
  } else if (any(column == row$key, na.rm = TRUE)) {
    "no_unit_that_year"
  } else {
    "not_in_universe"
  }
  status <- if (got == "merge") df$status[hit] else "-"
  cat(sprintf("  %s %s %d: %s (%s)\n", row$system, row$key, row$year, got, status))
  if (got != row$expect) failures <- c(failures, sprintf("%s %s %d: %s, expected %s", row$system, row$key, row$year, got, row$expect))
}

if (length(failures) > 0) {
  message("check_merge.R: ", paste(failures, collapse = "; "))
  quit(status = 1)
}
cat(sprintf("merge (R): all %d rows merged or reported with their reason\n", nrow(table)))
