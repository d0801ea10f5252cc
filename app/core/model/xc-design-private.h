/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "xc-design.h"
#include "xc-format-private.h"

G_BEGIN_DECLS

/* A record the reader saw a gap in (a member to complete left out or
 * empty, a value outside its vocabulary): rule XC-07 reads it again from
 * its bytes to say exactly what. @unit is the unit of a team member or
 * commitment, whose index in that unit's list @index is. */
typedef struct
{
  XcFormatRecord record;
  guint          index;
  guint          unit;
} XcDesignGap;

XcDesign          *_xc_design_new_beside      (GBytes         *bytes,
                                               const char     *display_name,
                                               XcDesign       *base,
                                               GError        **error);

const XcDesignGap *_xc_design_get_gaps        (XcDesign       *self,
                                               guint          *n_gaps);
JsonObject        *_xc_design_dup_gap_object  (XcDesign       *self,
                                               const XcDesignGap *gap);

JsonObject        *_xc_design_dup_record_object (XcDesign     *self,
                                               XcFormatRecord record,
                                               guint          index);
gboolean           _xc_design_has_negative    (XcDesign       *self,
                                               XcFormatRecord  record,
                                               guint           index);

JsonObject        *_xc_design_dup_programme_object (XcDesign  *self);
gconstpointer      _xc_design_get_records     (XcDesign       *self,
                                               XcFormatRecord  record,
                                               guint          *n_records);
void               _xc_design_get_span        (XcDesign       *self,
                                               XcFormatRecord  record,
                                               guint           index,
                                               gsize          *start,
                                               gsize          *end);

GBytes            *_xc_design_compare_units   (XcDesign       *self,
                                               XcDesign       *before);

/* On-site days of lead and team ids that name no person of the design,
 * id → double*; rule XC-03 reports them too. */
GHashTable        *_xc_design_get_dangling_onsite_days (XcDesign *self);

/* The index of the first record of @record with @id, or XC_DESIGN_NONE. */
guint              _xc_design_find            (XcDesign       *self,
                                               XcFormatRecord  record,
                                               const char     *id);

/* How many different ids the records of @record have. */
guint              _xc_design_count_ids       (XcDesign       *self,
                                               XcFormatRecord  record);

/* Whether @person (an index) is a lead or team member of some unit. */
gboolean           _xc_design_is_expert       (XcDesign       *self,
                                               guint           person);

G_END_DECLS
