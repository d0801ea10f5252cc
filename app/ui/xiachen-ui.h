/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#define XIACHEN_UI_INSIDE

#include <xiachen.h>

#include "xiachen-ui-charts.h"
#include "xiachen-ui-forms.h"

#undef XIACHEN_UI_INSIDE
