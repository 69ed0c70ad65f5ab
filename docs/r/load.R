# Load a hanoi-convention data package with the frictionless R package and
# join its panel to a country-year data set (see docs/exports.md).
#
# Make the package first, a panel over the Correlates of War state system:
#
#   hanoi --out hanoi/panel.csv export --view panel --universe cow --datapackage
#
# then, in R (install.packages(c("frictionless", "dplyr")); "countrycode"
# is used only if installed):
#
#   source("docs/r/load.R")                 # reads hanoi/datapackage.json
#   Rscript docs/r/load.R path/to/datapackage.json

library(frictionless)
library(dplyr)

args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) >= 1) args[1] else "hanoi/datapackage.json"

package <- read_package(path)
print(resources(package)) # "panel" "participants"

panel <- read_resource(package, "panel")
participants <- read_resource(package, "participants")

# read_resource() types each column from the package's Table Schema: integer
# columns (year, cow_n, gw_n, iso_numeric, m49) become doubles, columns with
# an enum (status, signed, party, kind, ..., and the integer codes
# status_code, ieadb_status, is_participant) become factors, observed_on a
# Date. Only empty cells are NA, so Namibia's iso2 "NA" stays a code.
# Make the lattice codes numbers again:
panel <- panel %>%
  mutate(across(c(is_participant, status_code, status_code_known,
                  status_code_possible, ieadb_status),
                ~ as.integer(as.character(.x))))

# One row per unit and year, and every row of a COW panel has cow_n.
stopifnot(!anyDuplicated(panel[c("cow_n", "year")]), !anyNA(panel$cow_n))

# A country-year data set keyed by the COW number (here a small stand-in;
# use e.g. readr::read_csv("my_country_years.csv")).
my_data <- tibble(
  ccode = c(2, 816, 347),
  year = c(2025, 2025, 2025),
  gdp_growth = c(2.8, 7.1, 4.4)
)
merged <- panel %>%
  left_join(my_data, by = c("cow_n" = "ccode", "year" = "year"))

merged %>%
  filter(year == 2025, !is.na(gdp_growth)) %>%
  select(unit, name, year, observed_on, status, status_code, gdp_growth) %>%
  print()

# Counts by status in the last year (units outside the treaty's participants,
# such as Kosovo and Taiwan in COW, are "outside").
merged %>%
  filter(year == max(year)) %>%
  count(status) %>%
  print()

# Another code system with countrycode: the World Bank's codes from COW
# numbers. countrycode's tables are its own and may differ from the crate's
# (data/participant_codes.tsv names each case where the Python countrycode
# 0.6.0 differs).
if (requireNamespace("countrycode", quietly = TRUE)) {
  merged$wb <- countrycode::countrycode(merged$cow_n, origin = "cown",
                                        destination = "wb", warn = FALSE)
  print(head(merged[c("unit", "name", "wb")]))
}
