/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#define XIACHEN_INSIDE

#include "xc-commitment.h"
#include "xc-comparison.h"
#include "xc-design.h"
#include "xc-deviation.h"
#include "xc-document.h"
#include "xc-export.h"
#include "xc-file-io.h"
#include "xc-finding.h"
#include "xc-format.h"
#include "xc-indicators.h"
#include "xc-institution.h"
#include "xc-library.h"
#include "xc-library-credentials.h"
#include "xc-merge.h"
#include "xc-json-reader.h"
#include "xc-json-writer.h"
#include "xc-need.h"
#include "xc-person.h"
#include "xc-plugin-info.h"
#include "xc-plugin-module.h"
#include "xc-plugin-registry.h"
#include "xc-programme.h"
#include "xc-record.h"
#include "xc-report.h"
#include "xc-rule.h"
#include "xc-scheme.h"
#include "xc-team-member.h"
#include "xc-town.h"
#include "xc-unit.h"
#include "xc-validator.h"
#include "xc-version.h"
#include "xc-vocabulary.h"

#undef XIACHEN_INSIDE
