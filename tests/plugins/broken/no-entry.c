/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A plugin module that forgot its entry point. */
int xc_test_not_an_entry_point (void);

int
xc_test_not_an_entry_point (void)
{
  return 42;
}
