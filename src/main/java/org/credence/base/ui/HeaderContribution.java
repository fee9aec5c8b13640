package org.credence.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header of every view (the project switcher), so the layout knows no
 * feature. A Spring bean; {@link #create()} is called once per layout, that is per browser tab.
 */
public interface HeaderContribution {

    Component create();
}
