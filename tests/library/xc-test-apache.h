/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A private Apache httpd with mod_dav_fs on 127.0.0.1 (library.md
 * "Testing against a real server"): its own httpd.conf in a temporary
 * directory, a free port, Basic auth for "ana" and "bo" (passwords
 * XC_TEST_ANA_PASSWORD, XC_TEST_BO_PASSWORD). It runs in the foreground
 * (-X) under a shell that kills it as soon as its stdin closes, so it
 * stops when the test stops, whether it passed, failed or crashed. */
typedef struct _XcTestApache XcTestApache;

#define XC_TEST_ANA_PASSWORD "ana-secret"
#define XC_TEST_BO_PASSWORD "bo-secret"

/* NULL, with the test skipped, where Apache is not installed. */
XcTestApache *xc_test_apache_start       (void);
/* http://127.0.0.1:<port>/library/ */
const char   *xc_test_apache_get_url     (XcTestApache *self);
/* The library's root folder on disk, to check what the server holds. */
const char   *xc_test_apache_get_root    (XcTestApache *self);
/* The bytes of designs/<id>.xcprog on disk, or NULL. */
GBytes       *xc_test_apache_read_design (XcTestApache *self,
                                          const char   *design_id);
/* Files under @folder of the root (non-recursive), sorted. */
GStrv         xc_test_apache_list        (XcTestApache *self,
                                          const char   *folder);
/* Stops the server (keeps its files), and starts it again on its port. */
void          xc_test_apache_stop        (XcTestApache *self);
void          xc_test_apache_restart     (XcTestApache *self);
/* Stops it and removes its directory. */
void          xc_test_apache_free        (XcTestApache *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XcTestApache, xc_test_apache_free)

G_END_DECLS
