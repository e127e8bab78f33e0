// Source: https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/PageBuilderService.html
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
