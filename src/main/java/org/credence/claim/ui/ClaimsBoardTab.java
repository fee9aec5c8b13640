package org.credence.claim.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature adds to the Claims board (automatic discovery's candidates), so the board knows
 * no feature that builds on claims. A Spring bean; {@link #create()} is called once per board shown.
 */
public interface ClaimsBoardTab {

    String title();

    Component create();
}
