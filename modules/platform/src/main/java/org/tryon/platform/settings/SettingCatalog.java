package org.tryon.platform.settings;

import java.util.List;

/**
 * Implemented by one CDI bean per module to list the settings its rules read, so that the
 * settings screen can show every number the ordinance names with its default and section.
 */
public interface SettingCatalog {

    String module();

    List<SettingKey<?>> settings();
}
