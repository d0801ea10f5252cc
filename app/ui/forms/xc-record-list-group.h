/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#if !defined (XIACHEN_UI_INSIDE) && !defined (XIACHEN_UI_COMPILATION)
# error "Only <xiachen-ui.h> can be included directly."
#endif

#include <xiachen.h>

#include <adwaita.h>

#include "xc-form-row.h"

G_BEGIN_DECLS

#define XC_TYPE_RECORD_LIST_GROUP (xc_record_list_group_get_type ())

XC_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (XcRecordListGroup, xc_record_list_group, XC, RECORD_LIST_GROUP,
                      AdwPreferencesGroup)

/**
 * XcRecordListFillFunc:
 * @group: the group
 * @item: the sub-record the row shows
 * @row: its expander row, to add form rows to with adw_expander_row_add_row()
 * @user_data: the data given with the function
 *
 * Builds the rows editing one item of the list.
 */
typedef void       (*XcRecordListFillFunc)  (XcRecordListGroup *group,
                                             XcRecord          *item,
                                             AdwExpanderRow    *row,
                                             gpointer           user_data);
/**
 * XcRecordListNewFunc:
 * @group: the group
 * @user_data: the data given with the function
 *
 * Returns: (transfer full): a new item for the Add button to append
 */
typedef XcRecord  *(*XcRecordListNewFunc)   (XcRecordListGroup *group,
                                             gpointer           user_data);
/**
 * XcRecordListTitleFunc:
 * @item: a sub-record of the list
 * @user_data: the data given with the function
 *
 * Returns: (transfer full): the title of the item's row, e.g. a team
 *   member's name
 */
typedef char      *(*XcRecordListTitleFunc) (XcRecord          *item,
                                             gpointer           user_data);

XC_AVAILABLE_IN_ALL
GtkWidget      *xc_record_list_group_new            (XcRecord              *owner,
                                                     const char            *member,
                                                     GListModel            *items,
                                                     const char            *title);
XC_AVAILABLE_IN_ALL
void            xc_record_list_group_set_fill_func  (XcRecordListGroup     *self,
                                                     XcRecordListFillFunc   fill,
                                                     gpointer               user_data,
                                                     GDestroyNotify         destroy);
XC_AVAILABLE_IN_ALL
void            xc_record_list_group_set_title_func (XcRecordListGroup     *self,
                                                     XcRecordListTitleFunc  title,
                                                     gpointer               user_data,
                                                     GDestroyNotify         destroy);
XC_AVAILABLE_IN_ALL
void            xc_record_list_group_set_new_func   (XcRecordListGroup     *self,
                                                     XcRecordListNewFunc    new_item,
                                                     gpointer               user_data,
                                                     GDestroyNotify         destroy);
XC_AVAILABLE_IN_ALL
XcRecord       *xc_record_list_group_get_owner      (XcRecordListGroup     *self);
XC_AVAILABLE_IN_ALL
const char     *xc_record_list_group_get_member     (XcRecordListGroup     *self);
XC_AVAILABLE_IN_ALL
GListModel     *xc_record_list_group_get_items      (XcRecordListGroup     *self);
XC_AVAILABLE_IN_ALL
AdwExpanderRow *xc_record_list_group_get_row        (XcRecordListGroup     *self,
                                                     guint                  position);
XC_AVAILABLE_IN_ALL
GtkWidget      *xc_record_list_group_get_add_button (XcRecordListGroup     *self);
XC_AVAILABLE_IN_ALL
XcRecord       *xc_record_list_group_add_item       (XcRecordListGroup     *self);
XC_AVAILABLE_IN_ALL
gboolean        xc_record_list_group_remove_item    (XcRecordListGroup     *self,
                                                     XcRecord              *item);

G_END_DECLS
