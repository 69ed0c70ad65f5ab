# Load a hanoi-convention data package in R, typed from its Table Schema,
# and join its panel to a country-year data set (see docs/exports.md).
#
# Needs only base R and jsonlite (Debian: r-cran-jsonlite); works for every
# view (events, wide, panel, years) and every panel universe. Make the
# package first, e.g. a panel over the Correlates of War state system:
#
#   hanoi --out hanoi/panel.csv export --view panel --universe cow --datapackage
#
# then, in R:
#
#   source("docs/r/load.R")                 # defines hanoi_read(), hanoi_status_factor()
#   panel <- hanoi_read("hanoi/datapackage.json", "panel")
#
# or from the shell, which loads every resource of the package and, for a
# panel, merges a small country-year stand-in on the COW number:
#
#   Rscript docs/r/load.R hanoi/datapackage.json

# One resource of a package: integer columns as integers (the lattice codes
# too, -1 to 5), date columns as Date, every other column as text. Only an
# empty cell is NA (missingValues), so Namibia's iso2 "NA" stays a code.
hanoi_read <- function(package_path, resource) {
  pkg <- jsonlite::fromJSON(package_path, simplifyVector = FALSE)
  res <- Filter(function(r) r$name == resource, pkg$resources)
  if (length(res) == 0) {
    stop(sprintf("%s has no resource %s: it has %s", package_path, resource,
                 paste(vapply(pkg$resources, function(r) r$name, ""), collapse = ", ")))
  }
  res <- res[[1]]
  fields <- res$schema$fields
  names <- vapply(fields, function(f) f$name, "")
  types <- vapply(fields, function(f) f$type, "")
  path <- file.path(dirname(package_path), res$path)
  df <- utils::read.csv(path, colClasses = "character", na.strings = "",
                        encoding = "UTF-8", check.names = FALSE)
  if (!identical(names(df), names)) {
    stop(sprintf("%s: its header is not the schema's fields", path))
  }
  for (i in seq_along(names)) {
    column <- names[[i]]
    if (types[[i]] == "integer") {
      df[[column]] <- as.integer(df[[column]])
    } else if (types[[i]] == "date") {
      df[[column]] <- as.Date(df[[column]], format = "%Y-%m-%d")
    }
  }
  df
}

# The status labels as an ordered factor, in the lattice's order (outside
# and unknown last, as they have no code).
hanoi_status_levels <- c("not_yet_open", "not_signed", "invited", "signed",
                         "party", "in_force", "denounced", "outside", "unknown")
hanoi_status_factor <- function(status) {
  factor(status, levels = hanoi_status_levels)
}

if (sys.nframe() == 0L) {
  args <- commandArgs(trailingOnly = TRUE)
  path <- if (length(args) >= 1) args[1] else "hanoi/datapackage.json"
  pkg <- jsonlite::fromJSON(path, simplifyVector = FALSE)
  for (r in pkg$resources) {
    df <- hanoi_read(path, r$name)
    cat(sprintf("%s: %d rows, %d columns\n", r$name, nrow(df), ncol(df)))
  }
  panel_names <- vapply(pkg$resources, function(r) r$name, "")
  if ("panel" %in% panel_names) {
    panel <- hanoi_read(path, "panel")
    panel$status <- hanoi_status_factor(panel$status)
    stopifnot(!anyDuplicated(panel[c("unit", "year")]))
    print(table(panel$year, panel$status, useNA = "no"))
    # A country-year data set keyed by the COW number (a stand-in; use
    # e.g. read.csv("my_country_years.csv")). A panel over another universe
    # merges on gw_n or iso3 the same way.
    my_data <- data.frame(ccode = c(2L, 816L, 347L),
                          year = rep(max(panel$year), 3),
                          gdp_growth = c(2.8, 7.1, 4.4))
    merged <- merge(panel, my_data, by.x = c("cow_n", "year"),
                    by.y = c("ccode", "year"), all.x = TRUE)
    print(merged[!is.na(merged$gdp_growth),
                 c("unit", "name", "year", "status", "status_code", "gdp_growth")])
  }
}
