/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <xiachen.h>

G_BEGIN_DECLS

#define XC_TYPE_RECORD_LIST (xc_record_list_get_type ())

G_DECLARE_FINAL_TYPE (XcRecordList, xc_record_list, XC, RECORD_LIST, GtkWidget)

/* A column's text for a record, owned by the record or the design. */
typedef const char *(*XcRecordListText) (XcRecord *record,
                                         gpointer  user_data);

GtkWidget *xc_record_list_new          (void);
void       xc_record_list_add_column   (XcRecordList     *self,
                                        const char       *title,
                                        XcRecordListText  text,
                                        gpointer          user_data,
                                        int               width);
void       xc_record_list_set_model    (XcRecordList     *self,
                                        GListModel       *records);
void       xc_record_list_set_noun     (XcRecordList     *self,
                                        const char       *search_placeholder,
                                        const char       *add_tooltip);
XcRecord  *xc_record_list_get_selected (XcRecordList     *self);
gboolean   xc_record_list_select       (XcRecordList     *self,
                                        XcRecord         *record);
void       xc_record_list_set_search   (XcRecordList     *self,
                                        const char       *text);
GListModel *xc_record_list_get_shown   (XcRecordList     *self);
void       xc_record_list_focus_search (XcRecordList    *self);

G_END_DECLS
