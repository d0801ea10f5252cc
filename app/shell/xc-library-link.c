/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>

#include "xc-library-conflict-dialog.h"
#include "xc-library-link.h"

#define LINK_KEY "xc-library-link"
/* How often an open design asks the server whether it changed: one
 * PROPFIND of designs/ (xc_library_check_async), a few kilobytes. */
#define CHECK_INTERVAL_S (3 * 60)

struct _XcLibraryLink
{
  GObject         parent_instance;

  XcLibrary      *library;
  char           *design_id;
  char           *revision;
  XcLibraryState  state;
  GWeakRef        tab;
  guint           check_source;
  GCancellable   *cancellable;
  gboolean        checking;
  gboolean        recheck;   /* asked again while a check was under way */
};

G_DEFINE_FINAL_TYPE (XcLibraryLink, xc_library_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
xc_library_link_dispose (GObject *object)
{
  XcLibraryLink *self = XC_LIBRARY_LINK (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_weak_ref_set (&self->tab, NULL);

  G_OBJECT_CLASS (xc_library_link_parent_class)->dispose (object);
}

static void
xc_library_link_finalize (GObject *object)
{
  XcLibraryLink *self = XC_LIBRARY_LINK (object);

  g_weak_ref_clear (&self->tab);
  g_clear_object (&self->library);
  g_free (self->design_id);
  g_free (self->revision);

  G_OBJECT_CLASS (xc_library_link_parent_class)->finalize (object);
}

static void
xc_library_link_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  XcLibraryLink *self = XC_LIBRARY_LINK (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
xc_library_link_class_init (XcLibraryLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = xc_library_link_dispose;
  object_class->finalize = xc_library_link_finalize;
  object_class->get_property = xc_library_link_get_property;

  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, 0, G_MAXINT,
                                             XC_LIBRARY_STATE_CURRENT,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS
                                             | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_library_link_init (XcLibraryLink *self)
{
  g_weak_ref_init (&self->tab, NULL);
  self->cancellable = g_cancellable_new ();
  self->state = XC_LIBRARY_STATE_CURRENT;
}

XcLibraryLink *
xc_library_link_new (XcLibrary  *library,
                     const char *design_id,
                     const char *revision)
{
  XcLibraryLink *self;

  g_return_val_if_fail (XC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (design_id != NULL, NULL);

  self = g_object_new (XC_TYPE_LIBRARY_LINK, NULL);
  self->library = g_object_ref (library);
  self->design_id = g_strdup (design_id);
  self->revision = g_strdup (revision);
  return self;
}

XcLibraryLink *
xc_library_link_get (XcDocument *document)
{
  g_return_val_if_fail (XC_IS_DOCUMENT (document), NULL);

  return g_object_get_data (G_OBJECT (document), LINK_KEY);
}

void
xc_library_link_attach (XcLibraryLink *self,
                        XcDocument    *document)
{
  g_return_if_fail (XC_IS_LIBRARY_LINK (self));
  g_return_if_fail (XC_IS_DOCUMENT (document));

  g_object_set_data_full (G_OBJECT (document), LINK_KEY, g_object_ref (self), g_object_unref);
}

XcLibrary *
xc_library_link_get_library (XcLibraryLink *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_LINK (self), NULL);
  return self->library;
}

const char *
xc_library_link_get_design_id (XcLibraryLink *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_LINK (self), NULL);
  return self->design_id;
}

const char *
xc_library_link_get_revision (XcLibraryLink *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_LINK (self), NULL);
  return self->revision;
}

gboolean
xc_library_link_get_read_only (XcLibraryLink *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_LINK (self), FALSE);
  return self->revision != NULL;
}

XcLibraryState
xc_library_link_get_state (XcLibraryLink *self)
{
  g_return_val_if_fail (XC_IS_LIBRARY_LINK (self), XC_LIBRARY_STATE_CURRENT);
  return self->state;
}

char *
xc_library_link_describe (XcLibraryLink *self)
{
  const char *url;

  g_return_val_if_fail (XC_IS_LIBRARY_LINK (self), NULL);

  url = xc_library_get_url (self->library);
  if (self->revision != NULL)
    /* TRANSLATORS: a revision's name, the library's URL */
    return g_strdup_printf (_("Revision %s of %s, read-only"), self->revision, url);
  switch (self->state)
    {
    case XC_LIBRARY_STATE_CHANGED_ON_SERVER:
      /* TRANSLATORS: the library's URL */
      return g_strdup_printf (_("In the library %s; changed on the server since it was opened"),
                              url);
    case XC_LIBRARY_STATE_UNSENT:
      /* TRANSLATORS: the library's URL */
      return g_strdup_printf (_("In the library %s; saved on this computer, not sent yet"), url);
    case XC_LIBRARY_STATE_NOT_CACHED:
    case XC_LIBRARY_STATE_CURRENT:
    default:
      /* TRANSLATORS: the library's URL */
      return g_strdup_printf (_("In the library %s, up to date"), url);
    }
}

static void
update_tab (XcLibraryLink *self)
{
  g_autoptr(AdwTabPage) tab = g_weak_ref_get (&self->tab);
  g_autofree char *description = NULL;
  const char *icon;

  if (tab == NULL)
    return;
  if (self->revision != NULL)
    icon = "changes-prevent-symbolic";
  else if (self->state == XC_LIBRARY_STATE_CHANGED_ON_SERVER)
    icon = "emblem-synchronizing-symbolic";
  else if (self->state == XC_LIBRARY_STATE_UNSENT)
    icon = "network-offline-symbolic";
  else
    icon = "folder-remote-symbolic";
  description = xc_library_link_describe (self);
  {
    g_autoptr(GIcon) gicon = g_themed_icon_new (icon);

    adw_tab_page_set_indicator_icon (tab, gicon);
  }
  adw_tab_page_set_indicator_tooltip (tab, description);
}

void
xc_library_link_set_state (XcLibraryLink  *self,
                           XcLibraryState  state)
{
  g_return_if_fail (XC_IS_LIBRARY_LINK (self));

  if (self->state == state)
    return;
  self->state = state;
  update_tab (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* Checking */

static void
sent_unsent_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(XcLibraryLink) self = user_data;
  g_autoptr(GListModel) saves = xc_library_send_unsent_finish (XC_LIBRARY (source), result, NULL);

  for (guint i = 0; saves != NULL && i < g_list_model_get_n_items (saves); i++)
    {
      g_autoptr(XcLibrarySave) save = g_list_model_get_item (saves, i);

      if (g_str_equal (xc_library_save_get_design_id (save), self->design_id)
          && xc_library_save_get_revision (save) != NULL)
        xc_library_link_set_state (self, XC_LIBRARY_STATE_CURRENT);
    }
}

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(XcLibraryLink) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) designs = xc_library_check_finish (XC_LIBRARY (source), result, &error);

  self->checking = FALSE;
  /* The answer may predate what the second request wanted to know. */
  if (self->recheck && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      self->recheck = FALSE;
      xc_library_link_check (self);
    }
  if (designs == NULL)
    {
      /* Offline is no news: the tab keeps what it knew. */
      g_debug ("Library %s not checked: %s", xc_library_get_url (self->library), error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (designs); i++)
    {
      g_autoptr(XcLibraryDesign) design = g_list_model_get_item (designs, i);
      XcLibraryState state = xc_library_design_get_state (design);

      if (!g_str_equal (xc_library_design_get_id (design), self->design_id))
        continue;
      xc_library_link_set_state (self, state == XC_LIBRARY_STATE_NOT_CACHED
                                       ? XC_LIBRARY_STATE_CHANGED_ON_SERVER : state);
      /* The server answers again: a save kept here goes out now. */
      if (state == XC_LIBRARY_STATE_UNSENT)
        xc_library_send_unsent_async (self->library, self->cancellable, sent_unsent_cb,
                                      g_object_ref (self));
    }
}

void
xc_library_link_check (XcLibraryLink *self)
{
  g_return_if_fail (XC_IS_LIBRARY_LINK (self));

  if (self->revision != NULL)
    return;
  if (self->checking)
    {
      self->recheck = TRUE;
      return;
    }
  self->checking = TRUE;
  xc_library_check_async (self->library, self->cancellable, checked_cb, g_object_ref (self));
}

static gboolean
check_timeout_cb (gpointer user_data)
{
  xc_library_link_check (user_data);
  return G_SOURCE_CONTINUE;
}

static void
window_active_cb (XcLibraryLink *self,
                  GParamSpec    *pspec,
                  GtkWindow     *window)
{
  if (gtk_window_is_active (window))
    xc_library_link_check (self);
}

void
xc_library_link_show_on_tab (XcLibraryLink *self,
                             GtkWindow     *window,
                             AdwTabPage    *tab)
{
  g_return_if_fail (XC_IS_LIBRARY_LINK (self));
  g_return_if_fail (ADW_IS_TAB_PAGE (tab));

  g_weak_ref_set (&self->tab, tab);
  update_tab (self);
  if (self->revision != NULL || self->check_source != 0)
    return;
  self->check_source = g_timeout_add_seconds (CHECK_INTERVAL_S, check_timeout_cb, self);
  if (window != NULL)
    g_signal_connect_object (window, "notify::is-active", G_CALLBACK (window_active_cb), self,
                             G_CONNECT_SWAPPED);
}

/* Opening */

static AdwTabPage *
find_tab (XcWindow   *window,
          XcDocument *document)
{
  AdwTabView *tabs = xc_window_get_tab_view (window);

  for (int i = 0; i < adw_tab_view_get_n_pages (tabs); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (tabs, i);

      if (xc_design_page_get_document (XC_DESIGN_PAGE (adw_tab_page_get_child (tab))) == document)
        return tab;
    }
  return NULL;
}

/* The tab of the same design of the same library, and revision. */
static AdwTabPage *
find_linked_tab (XcWindow      *window,
                 XcLibraryLink *self)
{
  AdwTabView *tabs = xc_window_get_tab_view (window);

  for (int i = 0; i < adw_tab_view_get_n_pages (tabs); i++)
    {
      AdwTabPage *tab = adw_tab_view_get_nth_page (tabs, i);
      XcDocument *document = xc_design_page_get_document (XC_DESIGN_PAGE (adw_tab_page_get_child (tab)));
      XcLibraryLink *link = xc_library_link_get (document);

      if (link != NULL && g_str_equal (link->design_id, self->design_id)
          && g_strcmp0 (link->revision, self->revision) == 0
          && g_str_equal (xc_library_get_url (link->library), xc_library_get_url (self->library)))
        return tab;
    }
  return NULL;
}

XcDesignPage *
xc_library_link_open (XcLibraryLink  *self,
                      XcWindow       *window,
                      GBytes         *contents,
                      GError        **error)
{
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(XcDocument) document = NULL;
  g_autofree char *name = NULL;
  AdwTabPage *tab;
  XcDesignPage *page;

  g_return_val_if_fail (XC_IS_LIBRARY_LINK (self), NULL);
  g_return_val_if_fail (XC_IS_WINDOW (window), NULL);
  g_return_val_if_fail (contents != NULL, NULL);

  tab = find_linked_tab (window, self);
  if (tab != NULL)
    {
      adw_tab_view_set_selected_page (xc_window_get_tab_view (window), tab);
      return XC_DESIGN_PAGE (adw_tab_page_get_child (tab));
    }

  /* Messages about the bytes name the design and its library. */
  name = g_strdup_printf ("%s%s.xcprog", xc_library_get_url (self->library), self->design_id);
  programme = xc_programme_new_from_bytes (contents, name, error);
  if (programme == NULL)
    return NULL;
  document = xc_document_new (programme, NULL);
  xc_library_link_attach (self, document);
  page = xc_window_add_document (window, document);
  xc_library_link_show_on_tab (self, GTK_WINDOW (window), find_tab (window, document));
  return page;
}

/* Saving */

typedef struct
{
  XcLibraryLink *link;
  XcWindow      *window;
  XcDocument    *document;
  AdwTabPage    *closing_tab;
  GBytes        *contents;
} SaveOp;

static void
save_op_free (SaveOp *op)
{
  g_object_unref (op->link);
  g_object_unref (op->window);
  g_object_unref (op->document);
  g_clear_object (&op->closing_tab);
  g_bytes_unref (op->contents);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveOp, save_op_free)

static void push (SaveOp     *op,
                  GHashTable *picks);

static void
finish_closing (SaveOp   *op,
                gboolean  closed)
{
  if (op->closing_tab != NULL)
    adw_tab_view_close_page_finish (xc_window_get_tab_view (op->window), op->closing_tab, closed);
}

static void
toast (SaveOp     *op,
       const char *text)
{
  AdwTabPage *tab = find_tab (op->window, op->document);

  if (tab != NULL)
    xc_design_page_add_toast (XC_DESIGN_PAGE (adw_tab_page_get_child (tab)), adw_toast_new (text));
}

static void
show_error (SaveOp     *op,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (op->window),
                                              _("The Design Was Not Saved to the Library"),
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The design here is what was sent: it is saved, unless edited meanwhile. */
static void
mark_saved (SaveOp *op)
{
  g_autoptr(GBytes) now = xc_programme_to_bytes (xc_document_get_programme (op->document));

  if (g_bytes_equal (now, op->contents))
    {
      xc_document_set_modified (op->document, FALSE);
      xc_document_discard_draft (op->document);
    }
}

/* The server holds a merge: the tab must show it, or the next save would
 * take back the changes merged in. The page cannot swap its programme, so
 * a new tab takes the old one's place. */
static void
replace_document (SaveOp *op,
                  GBytes *merged)
{
  AdwTabView *tabs = xc_window_get_tab_view (op->window);
  AdwTabPage *old_tab = find_tab (op->window, op->document);
  g_autoptr(XcProgramme) programme = NULL;
  g_autoptr(XcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  AdwTabPage *tab;
  int position;

  programme = xc_programme_new_from_bytes (merged, op->link->design_id, &error);
  if (programme == NULL || old_tab == NULL)
    {
      if (programme == NULL)
        show_error (op, error->message);
      return;
    }
  position = adw_tab_view_get_page_position (tabs, old_tab);
  document = xc_document_new (programme, NULL);
  xc_library_link_attach (op->link, document);
  xc_window_add_document (op->window, document);
  tab = find_tab (op->window, document);
  adw_tab_view_reorder_page (tabs, tab, position);
  xc_library_link_show_on_tab (op->link, GTK_WINDOW (op->window), tab);

  xc_document_set_modified (op->document, FALSE);
  xc_document_discard_draft (op->document);
  adw_tab_view_close_page (tabs, old_tab);
  g_set_object (&op->document, document);
}

static void
accepted (SaveOp        *op,
          XcLibrarySave *save)
{
  GBytes *held = xc_library_save_get_contents (save);
  g_autofree char *text = NULL;

  xc_library_link_set_state (op->link, XC_LIBRARY_STATE_CURRENT);
  if (op->closing_tab != NULL)
    {
      finish_closing (op, TRUE);
      return;
    }
  if (held != NULL && !g_bytes_equal (held, op->contents))
    {
      replace_document (op, held);
      /* TRANSLATORS: a revision's name */
      text = g_strdup_printf (_("Merged with the changes on the server and saved as revision %s"),
                              xc_library_save_get_revision (save));
    }
  else
    {
      mark_saved (op);
      /* TRANSLATORS: a revision's name */
      text = g_strdup_printf (_("Saved to the library as revision %s"),
                              xc_library_save_get_revision (save));
    }
  toast (op, text);
}

/* Mine as a design of its own: a new id (and a title that tells it apart). */
static void
save_as_new (SaveOp *op)
{
  XcProgramme *programme = xc_document_get_programme (op->document);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d%H%M%S");
  g_autofree char *id = g_strdup_printf ("%s-%s-%s", op->link->design_id,
                                         xc_library_get_user (op->link->library), stamp);
  g_autofree char *title = NULL;
  XcLibraryLink *link;

  if (!xc_library_is_valid_design_id (id))
    {
      g_free (id);
      id = g_strdup_printf ("%s-%s", op->link->design_id, stamp);
    }
  /* TRANSLATORS: a design's title, the user who saved it as a new design */
  title = g_strdup_printf (_("%s (%s's copy)"), xc_programme_get_title (programme),
                           xc_library_get_user (op->link->library));
  xc_programme_set_id (programme, id);
  xc_programme_set_title (programme, title);

  link = xc_library_link_new (op->link->library, id, NULL);
  xc_library_link_attach (link, op->document);
  g_set_object (&op->link, link);
  g_object_unref (link);
  {
    AdwTabPage *tab = find_tab (op->window, op->document);

    if (tab != NULL)
      xc_library_link_show_on_tab (link, GTK_WINDOW (op->window), tab);
  }
  g_bytes_unref (op->contents);
  op->contents = xc_programme_to_bytes (programme);
  push (op, NULL);
}

static void
decided_cb (XcLibraryConflictDialog *dialog,
            int                      choice,
            gpointer                 user_data)
{
  SaveOp *op = user_data;

  g_signal_handlers_disconnect_by_data (dialog, op);
  switch (choice)
    {
    case XC_LIBRARY_CONFLICT_SAVE:
      {
        g_autoptr(GHashTable) picks = xc_library_conflict_dialog_dup_picks (dialog);

        push (op, picks);
      }
      break;
    case XC_LIBRARY_CONFLICT_SAVE_AS_NEW:
      save_as_new (op);
      break;
    case XC_LIBRARY_CONFLICT_CANCEL:
    default:
      /* Kept here, unsent: nothing went to the server. */
      xc_library_link_set_state (op->link, XC_LIBRARY_STATE_UNSENT);
      finish_closing (op, FALSE);
      save_op_free (op);
      break;
    }
}

static void
pushed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SaveOp) op = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcLibrarySave) save = xc_library_push_finish (XC_LIBRARY (source), result, &error);
  GtkWidget *dialog;

  if (save == NULL)
    {
      if (g_error_matches (error, XC_LIBRARY_ERROR, XC_LIBRARY_ERROR_UNREACHABLE))
        {
          /* Offline-first: the save is kept here and sent later. */
          xc_library_link_set_state (op->link, XC_LIBRARY_STATE_UNSENT);
          mark_saved (op);
          toast (op, _("Saved on this computer; it is sent when the library can be reached"));
          finish_closing (op, TRUE);
        }
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          show_error (op, error->message);
          finish_closing (op, FALSE);
        }
      return;
    }

  if (g_list_model_get_n_items (xc_library_save_get_conflicts (save)) == 0)
    {
      accepted (op, save);
      return;
    }

  /* Nothing is written until the planner decides. */
  xc_library_link_set_state (op->link, XC_LIBRARY_STATE_UNSENT);
  dialog = xc_library_conflict_dialog_new (GTK_WINDOW (op->window), save,
                                           xc_programme_get_title (xc_document_get_programme (op->document)));
  g_signal_connect (dialog, "decided", G_CALLBACK (decided_cb), g_steal_pointer (&op));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
push (SaveOp     *op,
      GHashTable *picks)
{
  xc_library_push_async (op->link->library, op->contents, picks, op->link->cancellable,
                         pushed_cb, op);
}

void
xc_library_link_save (XcLibraryLink *self,
                      XcWindow      *window,
                      XcDocument    *document,
                      AdwTabPage    *closing_tab)
{
  SaveOp *op;

  g_return_if_fail (XC_IS_LIBRARY_LINK (self));
  g_return_if_fail (XC_IS_WINDOW (window));
  g_return_if_fail (XC_IS_DOCUMENT (document));

  op = g_new0 (SaveOp, 1);
  op->link = g_object_ref (self);
  op->window = g_object_ref (window);
  op->document = g_object_ref (document);
  op->closing_tab = closing_tab != NULL ? g_object_ref (closing_tab) : NULL;
  if (self->revision != NULL)
    {
      show_error (op, _("This is an earlier revision, opened read-only. Restore it from the "
                        "design's history, or use Save As to keep it as a file."));
      finish_closing (op, FALSE);
      save_op_free (op);
      return;
    }
  op->contents = xc_programme_to_bytes (xc_document_get_programme (document));
  push (op, NULL);
}

/* Words */

const char *
xc_library_link_describe_collection (const char *collection)
{
  if (collection == NULL)
    return _("Design");
  if (g_str_equal (collection, "units"))
    return _("Unit");
  if (g_str_equal (collection, "people"))
    return _("Person");
  if (g_str_equal (collection, "institutions"))
    return _("Institution");
  if (g_str_equal (collection, "needs"))
    return _("Need");
  if (g_str_equal (collection, "deviations"))
    return _("Accepted deviation");
  if (g_str_equal (collection, "region.towns") || g_str_equal (collection, "towns"))
    return _("Town");
  return collection;
}

typedef struct
{
  const char *collection;  /* NULL: the design's own members */
  const char *member;
  const char *label;
} MemberLabel;

/* The members a planner edits most; others keep their JSON names. */
static const MemberLabel member_labels[] = {
  { NULL, "title", NC_("design member", "title") },
  { NULL, "description", NC_("design member", "description") },
  { NULL, "period", NC_("design member", "period") },
  { NULL, "region", NC_("design member", "region") },
  { NULL, "acceptance", NC_("design member", "acceptance") },
  { "units", "name", NC_("unit member", "name") },
  { "units", "kind", NC_("unit member", "kind") },
  { "units", "variant", NC_("unit member", "type") },
  { "units", "host", NC_("unit member", "host institution") },
  { "units", "specialty", NC_("unit member", "specialty") },
  { "units", "lead", NC_("unit member", "lead") },
  { "units", "team", NC_("unit member", "team") },
  { "units", "learners", NC_("unit member", "learners") },
  { "units", "commitments", NC_("unit member", "commitments") },
  { "units", "facilities", NC_("unit member", "facilities") },
  { "people", "name", NC_("person member", "name") },
  { "people", "title", NC_("person member", "professional title") },
  { "people", "institution", NC_("person member", "institution") },
  { "people", "honours", NC_("person member", "honours") },
  { "people", "specialty", NC_("person member", "specialty") },
  { "institutions", "name", NC_("institution member", "name") },
  { "institutions", "kind", NC_("institution member", "kind") },
  { "institutions", "level", NC_("institution member", "level") },
  { "institutions", "ownership", NC_("institution member", "ownership") },
};

const char *
xc_library_link_describe_member (const char *collection,
                                 const char *member)
{
  g_return_val_if_fail (member != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (member_labels); i++)
    if (g_strcmp0 (member_labels[i].collection, collection) == 0
        && g_str_equal (member_labels[i].member, member))
      {
        const char *context = collection == NULL ? "design member"
                              : g_str_equal (collection, "units") ? "unit member"
                              : g_str_equal (collection, "people") ? "person member"
                              : "institution member";

        return g_dpgettext2 (NULL, context, member_labels[i].label);
      }
  return member;
}

char *
xc_library_link_describe_change (const char *changed)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (changed != NULL, NULL);

  parts = g_strsplit (changed, "/", 2);
  if (parts[0] == NULL || parts[1] == NULL)
    /* TRANSLATORS: a member of the design as a whole, such as its title */
    return g_strdup_printf (_("the design’s %s"), xc_library_link_describe_member (NULL, changed));
  /* TRANSLATORS: a kind of record, its id */
  return g_strdup_printf (_("%s %s"), xc_library_link_describe_collection (parts[0]), parts[1]);
}
