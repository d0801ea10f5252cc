/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xiachen"

#include "config.h"

#include <glib/gi18n.h>

#include "xc-window.h"

struct _XcWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkLabel             *units_heading;
  GtkColumnView        *units_view;
  GtkLabel             *findings_summary;
  GtkListView          *findings_view;

  GFile                *file;
  XcProgramme          *programme;
  XcReport             *report;
  GtkSingleSelection   *unit_selection;
  GCancellable         *cancellable;
};

G_DEFINE_FINAL_TYPE (XcWindow, xc_window, ADW_TYPE_APPLICATION_WINDOW)

typedef const char *(*UnitText) (XcWindow *self,
                                 XcUnit   *unit);

static const char *
unit_name (XcWindow *self,
           XcUnit   *unit)
{
  return xc_unit_get_name (unit);
}

static const char *
unit_type (XcWindow *self,
           XcUnit   *unit)
{
  const char *variant = xc_unit_get_variant (unit);

  return xc_vocabulary_get_label (variant != NULL ? variant : xc_unit_get_kind (unit));
}

static const char *
unit_host (XcWindow *self,
           XcUnit   *unit)
{
  XcInstitution *host = xc_programme_lookup_institution (self->programme, xc_unit_get_host (unit));

  return host != NULL ? xc_institution_get_name (host) : xc_unit_get_host (unit);
}

static const char *
unit_lead (XcWindow *self,
           XcUnit   *unit)
{
  XcPerson *lead = xc_programme_lookup_person (self->programme, xc_unit_get_lead (unit));

  return lead != NULL ? xc_person_get_name (lead) : xc_unit_get_lead (unit);
}

static const char *
unit_specialty (XcWindow *self,
                XcUnit   *unit)
{
  return xc_vocabulary_get_label (xc_unit_get_specialty (unit));
}

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                XcWindow                 *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
label_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               XcWindow                 *self)
{
  UnitText text = g_object_get_data (G_OBJECT (factory), "unit-text");
  XcUnit *unit = gtk_list_item_get_item (item);
  const char *value = text (self, unit);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), value != NULL ? value : "");
}

static void
add_unit_column (XcWindow   *self,
                 const char *title,
                 UnitText    text,
                 int         width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "unit-text", text);
  g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (label_bind_cb), self);

  column = gtk_column_view_column_new (title, factory);
  /* -1: the column takes the room that is left */
  gtk_column_view_column_set_expand (column, width < 0);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->units_view, column);
}

/* A finding row: severity, rule and unit, the message, the clause. */
static void
finding_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  XcWindow                 *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *clause = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *label = (GtkWidget *[]) { title, message, clause }[i];

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (clause, "dim-label");
  gtk_widget_add_css_class (clause, "caption");
  gtk_list_item_set_child (item, box);
}

static void
finding_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 XcWindow                 *self)
{
  static const char * const severity_classes[] = { "error", "warning", "accent" };
  XcFinding *finding = gtk_list_item_get_item (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *message = gtk_widget_get_next_sibling (title);
  GtkWidget *clause = gtk_widget_get_next_sibling (message);
  XcUnit *unit = xc_programme_lookup_unit (self->programme, xc_finding_get_unit_id (finding));
  XcSeverity severity = xc_finding_get_severity (finding);
  g_autofree char *heading = NULL;
  g_autofree char *clause_text = NULL;

  if (unit != NULL)
    /* TRANSLATORS: severity · rule id · unit name */
    heading = g_strdup_printf (_("%s · %s · %s"), xc_severity_get_label (severity),
                               xc_finding_get_rule_id (finding), xc_unit_get_name (unit));
  else
    heading = g_strdup_printf (_("%s · %s"), xc_severity_get_label (severity),
                               xc_finding_get_rule_id (finding));

  gtk_label_set_text (GTK_LABEL (title), heading);
  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    gtk_widget_remove_css_class (title, severity_classes[i]);
  gtk_widget_add_css_class (title, severity_classes[severity]);

  gtk_label_set_text (GTK_LABEL (message), xc_finding_get_message (finding));
  /* TRANSLATORS: the policy clause a rule enforces, quoted */
  clause_text = g_strdup_printf (_("Policy: “%s”"), xc_finding_get_clause (finding));
  gtk_label_set_text (GTK_LABEL (clause), clause_text);
}

static void
finding_activated_cb (XcWindow *self,
                      guint     position)
{
  g_autoptr(XcFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->report), position);
  GListModel *units = xc_programme_get_units (self->programme);
  const char *unit_id = xc_finding_get_unit_id (finding);

  if (unit_id == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(XcUnit) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (xc_unit_get_id (unit), unit_id) == 0)
        {
          gtk_single_selection_set_selected (self->unit_selection, i);
          return;
        }
    }
}

static void
show_report (XcWindow *self,
             XcReport *report)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  guint errors = xc_report_count_severity (report, XC_SEVERITY_ERROR);
  guint warnings = xc_report_count_severity (report, XC_SEVERITY_WARNING);
  guint infos = xc_report_count_severity (report, XC_SEVERITY_INFO);
  g_autofree char *error_text = g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors);
  g_autofree char *warning_text = g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings);
  g_autofree char *info_text = g_strdup_printf (ngettext ("%u info", "%u infos", infos), infos);
  g_autofree char *summary = g_strdup_printf ("%s · %s · %s", error_text, warning_text, info_text);

  g_set_object (&self->report, report);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (report)));
  gtk_list_view_set_model (self->findings_view, GTK_SELECTION_MODEL (selection));
  gtk_label_set_text (self->findings_summary, summary);
}

static void
validated_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(XcWindow) self = user_data;
  g_autoptr(XcReport) report = xc_validator_validate_finish (XC_VALIDATOR (source), result, NULL);

  if (report != NULL)
    show_report (self, report);
}

/* The application's plugins; a window without an application (the tests
 * make some) uses the process's default registry. */
static XcPluginRegistry *
get_registry (XcWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  XcPluginRegistry *registry = NULL;

  if (XC_IS_APPLICATION (application))
    registry = xc_application_get_registry (XC_APPLICATION (application));
  return registry != NULL ? registry : xc_plugin_registry_get_default ();
}

static void
show_programme (XcWindow    *self,
                XcProgramme *programme)
{
  GListModel *units = xc_programme_get_units (programme);
  guint n_units = g_list_model_get_n_items (units);
  g_autoptr(XcValidator) validator = xc_validator_new (get_registry (self));
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *heading = g_strdup_printf (ngettext ("%u unit", "%u units", n_units), n_units);

  g_set_object (&self->programme, programme);
  adw_window_title_set_title (self->window_title, xc_programme_get_title (programme));
  adw_window_title_set_subtitle (self->window_title, basename);
  gtk_window_set_title (GTK_WINDOW (self), xc_programme_get_title (programme));
  gtk_label_set_text (self->units_heading, heading);

  g_clear_object (&self->unit_selection);
  self->unit_selection = gtk_single_selection_new (g_object_ref (units));
  gtk_single_selection_set_autoselect (self->unit_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->unit_selection, TRUE);
  gtk_single_selection_set_selected (self->unit_selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->units_view, GTK_SELECTION_MODEL (self->unit_selection));
  gtk_label_set_text (self->findings_summary, _("Checking the design…"));
  gtk_stack_set_visible_child_name (self->stack, "design");

  xc_validator_validate_async (validator, programme, self->cancellable, validated_cb,
                               g_object_ref (self));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(XcWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(XcProgramme) programme = xc_programme_load_finish (result, &error);

  if (programme == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  show_programme (self, programme);
}

/**
 * xc_window_open:
 *
 * Reads @file in a worker thread, shows it, and checks it.
 */
void
xc_window_open (XcWindow *self,
                GFile    *file)
{
  g_return_if_fail (XC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_set_object (&self->file, file);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  xc_programme_load_async (file, self->cancellable, loaded_cb, g_object_ref (self));
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  XcWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      xc_window_open (self, file);
    }
  g_object_unref (dialog);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  XcWindow *self = XC_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) designs = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open a Design"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (designs, _("Programme designs"));
  gtk_file_filter_add_pattern (designs, "*.xcprog");
  gtk_file_filter_add_mime_type (designs, "application/x-xiachen-programme+json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), designs);
  gtk_file_filter_set_name (everything, _("All files"));
  gtk_file_filter_add_pattern (everything, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), everything);

  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
xc_window_dispose (GObject *object)
{
  XcWindow *self = XC_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->programme);
  g_clear_object (&self->report);
  g_clear_object (&self->unit_selection);
  gtk_widget_dispose_template (GTK_WIDGET (self), XC_TYPE_WINDOW);

  G_OBJECT_CLASS (xc_window_parent_class)->dispose (object);
}

static void
xc_window_class_init (XcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = xc_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/xiachen/Planner/xc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, XcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, units_heading);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, units_view);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, findings_summary);
  gtk_widget_class_bind_template_child (widget_class, XcWindow, findings_view);
  gtk_widget_class_bind_template_callback (widget_class, finding_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
}

static void
xc_window_init (XcWindow *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  add_unit_column (self, _("Unit"), unit_name, 250);
  add_unit_column (self, _("Type"), unit_type, 170);
  add_unit_column (self, _("Host"), unit_host, 190);
  add_unit_column (self, _("Lead"), unit_lead, 160);
  add_unit_column (self, _("Specialty"), unit_specialty, -1);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (finding_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (finding_bind_cb), self);
  gtk_list_view_set_factory (self->findings_view, factory);
  g_object_unref (factory);
}

XcWindow *
xc_window_new (XcApplication *application)
{
  return g_object_new (XC_TYPE_WINDOW, "application", application, NULL);
}

/**
 * xc_window_get_programme:
 *
 * Returns: (transfer none) (nullable): the design shown
 */
XcProgramme *
xc_window_get_programme (XcWindow *self)
{
  g_return_val_if_fail (XC_IS_WINDOW (self), NULL);

  return self->programme;
}

/**
 * xc_window_get_report:
 *
 * Returns: (transfer none) (nullable): the findings shown
 */
XcReport *
xc_window_get_report (XcWindow *self)
{
  g_return_val_if_fail (XC_IS_WINDOW (self), NULL);

  return self->report;
}
