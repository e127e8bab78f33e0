package io.socialdesk.sandbox.host;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.Set;

/** Records the web-resource contexts a page asks for; {@link SandboxDecorator} turns them into tags. */
public final class SandboxPageBuilder implements PageBuilderService {
    private static final ThreadLocal<Set<String>> REQUIRED = ThreadLocal.withInitial(LinkedHashSet::new);

    public static Set<String> drain() {
        Set<String> contexts = new LinkedHashSet<>(REQUIRED.get());
        REQUIRED.remove();
        return contexts;
    }

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                REQUIRED.get().add("module:" + moduleCompleteKey);
                return this;
            }

            @Override
            public RequiredResources requireContext(String context) {
                REQUIRED.get().add(context);
                return this;
            }
        };
    }
}
