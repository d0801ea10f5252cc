/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-translation.h"

G_BEGIN_DECLS

gboolean _xc_translation_get_catalogues (int *catalogues);

G_END_DECLS
