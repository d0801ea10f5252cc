/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

/**
 * XcTeamGroupFlags:
 * @XC_TEAM_GROUP_DEFAULT: each member's person only
 * @XC_TEAM_GROUP_RESIDENCY: each member's `residency_months`
 * @XC_TEAM_GROUP_PERSON_TITLE: the title of each member's person (edits the person)
 * @XC_TEAM_GROUP_PERSON_SPECIALTY: the specialty of each member's person (edits the person)
 * @XC_TEAM_GROUP_PERSON_INSTITUTION: the institution of each member's person (edits the person)
 *
 * What xc_team_group_new() shows of each team member.
 */
typedef enum
{
  XC_TEAM_GROUP_DEFAULT          = 0,
  XC_TEAM_GROUP_RESIDENCY        = 1 << 0,
  XC_TEAM_GROUP_PERSON_TITLE     = 1 << 1,
  XC_TEAM_GROUP_PERSON_SPECIALTY = 1 << 2,
  XC_TEAM_GROUP_PERSON_INSTITUTION = 1 << 3,
} XcTeamGroupFlags;

/**
 * XcPersonFields:
 * @XC_PERSON_FIELDS_NONE: only the choice of the person
 * @XC_PERSON_FIELDS_TITLE: the person's `title`
 * @XC_PERSON_FIELDS_HONOURS: the person's `honours`
 * @XC_PERSON_FIELDS_SPECIALTY: the person's `specialty`
 * @XC_PERSON_FIELDS_INSTITUTION: the person's `institution`
 *
 * What xc_person_group_new() shows of the chosen person.
 */
typedef enum
{
  XC_PERSON_FIELDS_NONE        = 0,
  XC_PERSON_FIELDS_TITLE       = 1 << 0,
  XC_PERSON_FIELDS_HONOURS     = 1 << 1,
  XC_PERSON_FIELDS_SPECIALTY   = 1 << 2,
  XC_PERSON_FIELDS_INSTITUTION = 1 << 3,
} XcPersonFields;

XC_AVAILABLE_IN_ALL
GtkWidget *xc_person_group_new      (XcProgramme        *programme,
                                     XcRecord           *record,
                                     const char         *property,
                                     const char         *title,
                                     XcPersonFields      fields);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_team_group_new        (XcProgramme        *programme,
                                     XcUnit             *unit,
                                     const char         *title,
                                     XcTeamGroupFlags    flags);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_commitments_group_new (XcUnit             *unit,
                                     const char         *title,
                                     const char * const *activities);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_person_title_row_new  (XcPerson           *person,
                                     const char         *title);
XC_AVAILABLE_IN_ALL
GtkWidget *xc_specialty_row_new     (XcRecord           *record,
                                     const char         *property,
                                     const char         *title);

G_END_DECLS
